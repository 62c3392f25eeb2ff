// A Party committee's own boards are named without their scope inside its documents ("Ban Tổ chức", "Ủy ban Kiểm
// tra"): the issuer supplies it ("Ban Tổ chức Tỉnh ủy"), so the same body has one name across documents.
import type { AgencyRef, Meta, Section, Task } from '../contract/schema.js'
import { slug } from '../contract/text.js'

const BARE = /^(Ban (Tổ chức|Tuyên giáo|Dân vận|Nội chính|Kinh tế|Đối ngoại|Tuyên giáo và Dân vận)|Ủy ban Kiểm tra|Văn phòng|Ban Thường vụ|Thường trực|Ban Chấp hành)$/u
const LOCAL = /(Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy)/u
const CENTRAL = /^(Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương)$|Trung ương$/u

export function scopeOf(issuer: Meta['issuer']): { scope: string; central: boolean } | null {
  if (!issuer) return null
  const local = LOCAL.exec(issuer.name)
  if (local) return { scope: local[1], central: false }
  return CENTRAL.test(issuer.name) ? { scope: 'Trung ương', central: true } : null
}

function complete(r: AgencyRef, s: { scope: string; central: boolean }): AgencyRef {
  if (r.generic || !BARE.test(r.name)) return r
  if (s.central && /^(Ban Thường vụ|Thường trực|Ban Chấp hành)$/u.test(r.name)) return r
  const name = s.central && r.name === 'Văn phòng' ? 'Văn phòng Trung ương Đảng' : `${r.name} ${s.scope}`
  return { ...r, name, id: slug(name) }
}

export function completeScopes(tasks: Task[], sections: Section[], issuer: Meta['issuer']): void {
  const s = scopeOf(issuer)
  if (!s) return
  const fix = (list: AgencyRef[]) => list.map((r) => complete(r, s))
  for (const t of tasks) {
    t.lead = fix(t.lead)
    t.coordinators = fix(t.coordinators)
    t.reportsTo = fix(t.reportsTo)
  }
  for (const sec of sections) if (sec.agency) sec.agency = complete(sec.agency, s)
}
