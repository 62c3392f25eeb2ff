// One rule of the assignment grammar (src/core/grammar/assign.ts) per test, each on one line of text. Written against the
// mutants Stryker left alive (npm run mutation): every test here fails when its rule is switched off or loosened.
import { describe, expect, it } from 'vitest'
import { findAgencies } from '../../src/core/agencies/index.js'
import { assign } from '../../src/core/grammar/assign.js'

function read(text: string) {
  const a = assign(text, findAgencies(text))
  const names = (l: { name: string; generic: boolean }[]) => l.filter((x) => !x.generic).map((x) => x.name)
  return { lead: names(a.lead), coordinators: names(a.coordinators), reportsTo: names(a.reportsTo) }
}

describe('assign: chains of bodies', () => {
  it('bodies joined by commas and "và" lead together, however many', () => {
    expect(read('Sở Y tế và Sở Tài chính tổ chức thực hiện.').lead).toEqual(['Sở Y tế', 'Sở Tài chính'])
    expect(read('Sở Y tế, Sở Tài chính và Sở Nội vụ tổ chức thực hiện.').lead).toEqual(['Sở Y tế', 'Sở Tài chính', 'Sở Nội vụ'])
  })
})

describe('assign: who leads', () => {
  it('"X chủ trì" leads over a subject named before it', () => {
    expect(read('Ủy ban nhân dân tỉnh chỉ đạo, Sở Y tế chủ trì xây dựng đề án.').lead).toEqual(['Sở Y tế'])
  })

  it('"X chủ trì" after a genitive phrase: only the bodies after its comma lead', () => {
    expect(read('Dưới sự chỉ đạo của Bộ Chính trị, Ban Tổ chức Trung ương và Ủy ban Kiểm tra Trung ương sẽ chủ trì tổng kết.').lead).toEqual([
      'Ban Tổ chức Trung ương',
      'Ủy ban Kiểm tra Trung ương',
    ])
  })

  it('"Giao X …" opening the item: X leads; "X giao …" with no body assigned: the assigner does not', () => {
    expect(read('Giao Sở Y tế xây dựng kế hoạch tiêm chủng.')).toEqual({ lead: ['Sở Y tế'], coordinators: [], reportsTo: [] })
    expect(read('Ban Thường vụ Tỉnh ủy giao nhiệm vụ cụ thể cho từng đồng chí Ủy viên.').lead).toEqual([])
  })

  it('"- Đề nghị X …" opening the item: X leads even when its verb is not a known one, and a body later in the item does not', () => {
    expect(read('- Đề nghị Bộ Tài chính bố trí kinh phí cho Sở Y tế.').lead).toEqual(['Bộ Tài chính'])
  })

  it('"Y đề nghị X <verb>" mid-sentence: the body asked leads, not the one asking, past a long aside or before "quan tâm"', () => {
    expect(read('Bộ Tư pháp đề nghị Bộ Công an theo chức năng, nhiệm vụ và phạm vi quản lý nhà nước được giao, hướng dẫn các địa phương.').lead).toEqual(['Bộ Công an'])
    expect(read('Bộ Tư pháp đề nghị Bộ Công an quan tâm, tạo điều kiện.').lead).toEqual(['Bộ Công an'])
  })

  it('"theo đề nghị X" is a proposal, not a request: X does not lead', () => {
    expect(read('Ủy ban nhân dân tỉnh cấp kinh phí theo đề nghị Sở Y tế để tổ chức tiêm chủng.').lead).toEqual(['Ủy ban nhân dân tỉnh'])
  })

  it('"X theo chức năng, nhiệm vụ được giao theo dõi …": X is the subject past the aside', () => {
    expect(read('Sở Nội vụ theo chức năng, nhiệm vụ được giao theo dõi, đôn đốc thực hiện.').lead).toEqual(['Sở Nội vụ'])
    // with the verb further on, past the list of powers: "Các Bộ: X, Y theo chức năng, nhiệm vụ, thẩm quyền chủ động chỉ đạo"
    expect(read('Các Bộ: Xây dựng, Công Thương theo chức năng, nhiệm vụ, thẩm quyền chủ động chỉ đạo triển khai các biện pháp ứng phó với bão.').lead).toEqual(['Bộ Xây dựng', 'Bộ Công Thương'])
    expect(read('Sở Y tế theo thẩm quyền chủ động hướng dẫn các cơ sở y tế.').lead).toEqual(['Sở Y tế'])
  })

  it('a body opening the item but qualified after it ("khóa XII") is not a subject; followed by "với Y" it still is', () => {
    expect(read('Ban Bí thư khóa XII đã ban hành Chỉ thị số 05-CT/TW.').lead).toEqual([])
    expect(read('Sở Y tế với Sở Tài chính tổ chức thực hiện.').lead).toContain('Sở Y tế')
  })

  it('mid-sentence, a body followed by a verb is the subject only right after a comma, not inside "theo hướng dẫn của X,"', () => {
    expect(read('Để bảo đảm tiến độ, Sở Y tế tổ chức tiêm chủng.').lead).toEqual(['Sở Y tế'])
    expect(read('Trong quý I, theo hướng dẫn của Bộ Y tế, tổ chức tiêm chủng mở rộng.').lead).toEqual([])
  })
})

describe('assign: coordinators and recipients', () => {
  it('"phối hợp X" without "với" makes X a coordinator', () => {
    expect(read('Sở Y tế chủ trì, phối hợp Sở Tài chính bố trí kinh phí.')).toEqual({ lead: ['Sở Y tế'], coordinators: ['Sở Tài chính'], reportsTo: [] })
  })

  it('"có sự tham gia của X" makes X a coordinator', () => {
    expect(read('Sở Y tế chủ trì thực hiện, có sự tham gia của Sở Tài chính.')).toEqual({ lead: ['Sở Y tế'], coordinators: ['Sở Tài chính'], reportsTo: [] })
  })

  it('"phối hợp" earlier in the clause does not make a later recipient a coordinator', () => {
    expect(read('Chủ trì, phối hợp tổ chức hội nghị, báo cáo Bộ Chính trị kết quả.')).toEqual({ lead: [], coordinators: [], reportsTo: ['Bộ Chính trị'] })
  })

  it('"báo cáo" earlier in the sentence does not make a later subject a recipient', () => {
    expect(read('Sau khi báo cáo kết quả, Sở Y tế tổ chức tổng kết.')).toEqual({ lead: ['Sở Y tế'], coordinators: [], reportsTo: [] })
  })
})

describe('assign: a subject after a genitive\'s collective', () => {
  it('"Trên cơ sở đề nghị của các Bộ, cơ quan liên quan, Bộ Tài chính khẩn trương …": the named body after the comma leads', () => {
    expect(read('Trên cơ sở đề nghị của các Bộ, cơ quan liên quan, Bộ Tài chính khẩn trương rà soát, bố trí kinh phí.').lead).toEqual(['Bộ Tài chính'])
    expect(read('Trên cơ sở đề xuất của các địa phương, Bộ Tài chính khẩn trương tổng hợp.').lead).toEqual(['Bộ Tài chính'])
  })
  it('"Căn cứ chủ trương của Bộ Chính trị, Đảng ủy Chính phủ khẩn trương …": a named body after the comma that ends the opening grounds leads', () => {
    expect(read('Căn cứ chủ trương của Bộ Chính trị, Đảng ủy Chính phủ khẩn trương chỉ đạo việc thể chế hóa.').lead).toEqual(['Đảng ủy Chính phủ'])
    expect(read('Trên cơ sở ý kiến của Bộ Tài chính, Sở Kế hoạch và Đầu tư tham mưu phân bổ vốn.').lead).toEqual(['Sở Kế hoạch và Đầu tư'])
    // (whatever verb of the lexicon follows, after an adverb too)
    expect(read('Trên cơ sở Thông báo số 4387/TB-VPQH ngày 14/11/2025 của Văn phòng Quốc hội, Bộ Xây dựng làm việc với các cơ quan của Quốc hội để bổ sung hồ sơ.').lead).toEqual(['Bộ Xây dựng'])
    expect(read('Trên cơ sở báo cáo của Chính phủ, Bộ Xây dựng khẩn trương hoàn thiện hồ sơ dự án.').lead).toEqual(['Bộ Xây dựng'])
    // (after "Căn cứ" as after "Trên cơ sở": any verb of the lexicon right after the body, not only the commonest)
    expect(read('Căn cứ đề xuất của Sở Nội vụ, Sở Tài chính cân đối kinh phí thực hiện.').lead).toEqual(['Sở Tài chính'])
    expect(read('Căn cứ kết quả kiểm tra của Thanh tra tỉnh, Sở Xây dựng thu hồi giấy phép.').lead).toEqual(['Sở Xây dựng'])
  })
  it('not when the grounds name their authors\' act ("… của Bộ Chính trị, Ban Bí thư về …"), nor a genitive past the grounds', () => {
    expect(read('Căn cứ Kết luận của Bộ Chính trị, Ban Bí thư về tăng cường công tác xây dựng Đảng.').lead).toEqual([])
    expect(read('Sở Nội vụ, căn cứ hướng dẫn của Bộ Nội vụ, Sở Tài chính tổng hợp.').lead).not.toContain('Sở Tài chính')
  })
  it('not a list of names after the genitive, nor a list after "cho"', () => {
    expect(read('Căn cứ vào các kiến nghị của Bộ Chính trị, Ban Bí thư đã chỉ ra, các bộ, ngành tập trung khắc phục.').lead).toEqual([])
    expect(read('Bảo đảm hạ tầng cho các cơ quan Đảng, Quốc hội, cơ quan nhà nước và các tổ chức chính trị - xã hội.').lead).toEqual([])
  })
})

describe('assign: "tổ chức" as a noun', () => {
  it('"…, Quốc hội, tổ chức chính trị - xã hội; (3) …": an organisation named after a body is no verb that makes the body a subject', () => {
    expect(read('Cung cấp hạ tầng cho các cơ quan khối Đảng, Quốc hội, tổ chức chính trị - xã hội; (3) Mở rộng dịch vụ.').lead).toEqual([])
    expect(read('Trung tâm dữ liệu quốc gia thực hiện: (1) Mở rộng dịch vụ cho các cơ quan khối Đảng, Quốc hội, tổ chức chính trị - xã hội.').lead).toEqual(['Trung tâm dữ liệu quốc gia'])
  })
  it('"tổ chức" as a verb after a body still makes it the subject', () => {
    expect(read('Sở Văn hóa, Thể thao và Du lịch, tổ chức các hoạt động tuyên truyền.').lead).toEqual(['Sở Văn hóa, Thể thao và Du lịch'])
  })
})

describe('assign: requests addressed to a body', () => {
  it('"… có yêu cầu sau đây đối với Bộ X như sau:" — the body the requests are addressed to leads', () => {
    expect(read('Phó Thủ tướng Chính phủ có yêu cầu sau đây đối với Bộ Nông nghiệp và Môi trường như sau:').lead).toEqual(['Bộ Nông nghiệp và Môi trường'])
    expect(read('Chủ tịch có ý kiến chỉ đạo đối với Bộ Xây dựng:').lead).toEqual(['Bộ Xây dựng'])
  })
  it('not where the sentence goes on after the body ("… đối với Bộ Xây dựng trong năm qua."), nor a matter "đối với" names', () => {
    expect(read('Phó Thủ tướng có yêu cầu đối với Bộ Xây dựng trong năm qua.').lead).toEqual([])
    expect(read('Tăng cường kiểm tra đối với Bộ Xây dựng như sau:').lead).toEqual([])
  })
})
