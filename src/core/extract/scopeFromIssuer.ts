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

/** A body that acts for the whole country: its documents speak of every province's committee, not of one. */
const NATIONAL = /^(?:Chính phủ|Thủ tướng Chính phủ|Văn phòng Chính phủ|Quốc hội|Ủy ban Thường vụ Quốc hội|Bộ Chính trị|Ban Bí thư|Bộ (?!Chỉ huy)\p{Lu}.*|.* Trung ương)$/u
/** A level's committee with no place: "Ủy ban nhân dân tỉnh", "Hội đồng nhân dân cấp huyện". */
const BARE_LEVEL = /^(?:Ủy ban nhân dân|Hội đồng nhân dân)(?: cấp)? (?:tỉnh|huyện|xã)$/u

/**
 * In a document of the Government, a ministry or the Party's centre, "Ủy ban nhân dân tỉnh" is every province's
 * committee, a collective (a province's own documents name theirs so: there it stays a body).
 */
function nationalCollectives(tasks: Task[], issuer: Meta['issuer']): void {
  if (!issuer || !NATIONAL.test(issuer.name)) return
  const fix = (list: AgencyRef[]) => list.map((r) => (!r.generic && BARE_LEVEL.test(r.name) ? { ...r, generic: true } : r))
  for (const t of tasks) {
    t.lead = fix(t.lead)
    t.coordinators = fix(t.coordinators)
  }
}

export function completeScopes(tasks: Task[], sections: Section[], issuer: Meta['issuer']): void {
  nationalCollectives(tasks, issuer)
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
