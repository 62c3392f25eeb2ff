// The data: Vietnamese Party, state and Front bodies, and the words the grammar builds local names from.
import { readTsv } from './data.js'

export type Kind = 'party' | 'committee' | 'state' | 'ministry' | 'local' | 'front' | 'generic'

/** A body with a fixed name: id, canonical name, aliases (full forms and abbreviations). */
export interface Entry {
  id: string
  name: string
  kind: Kind
  aliases?: string[]
}

const e = (id: string, name: string, kind: Kind, aliases: string[] = []): Entry => ({ id, name, kind, aliases })

/** The National Assembly committees' fields as documents abbreviate them ("Ủy ban KH,CN&MT"). */
const QH_ABBR: Record<string, string[]> = {
  'Khoa học, Công nghệ và Môi trường': ['KH,CN&MT', 'KHCN&MT', 'KH, CN&MT'],
  'Tài chính, Ngân sách': ['TC,NS', 'TCNS'],
  'Văn hóa, Giáo dục': ['VH,GD', 'VHGD'],
  'Quốc phòng và An ninh': ['QP&AN', 'QPAN'],
  'Quốc phòng, An ninh và Đối ngoại': ['QP,AN&ĐN'],
}

export const FIXED: Entry[] = [
  // central Party bodies
  e('bct', 'Bộ Chính trị', 'party', ['BCT', 'Bộ Chính trị Ban Chấp hành Trung ương Đảng']),
  e('bbt', 'Ban Bí thư', 'party', ['BBT', 'Ban Bí thư Trung ương Đảng', 'Ban Bí thư Trung ương', 'Ban Bí thư TW']),
  e('hdll', 'Hội đồng Lý luận Trung ương', 'party', ['Hội đồng Lý luận TW']),
  e('qutw', 'Quân ủy Trung ương', 'committee', ['Quân ủy TW', 'QUTW']),
  e('dukcq', 'Đảng ủy Khối các cơ quan Trung ương', 'committee', ['Đảng ủy Khối các cơ quan TW', 'ĐUK các cơ quan Trung ương', 'Đảng ủy Khối cơ quan Trung ương']),
  e('dukdn', 'Đảng ủy Khối Doanh nghiệp Trung ương', 'committee', ['Đảng ủy Khối doanh nghiệp TW', 'ĐUK Doanh nghiệp Trung ương']),
  e('dunn', 'Đảng ủy Ngoài nước', 'committee'),
  e('ducatw', 'Đảng ủy Công an Trung ương', 'committee', ['Đảng ủy Công an TW']),
  e('ducp', 'Đảng ủy Chính phủ', 'committee'),
  e('duqh', 'Đảng ủy Quốc hội', 'committee'),
  e('ducqd', 'Đảng ủy các cơ quan Đảng Trung ương', 'committee'),
  e('dumt', 'Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương', 'committee', ['Đảng ủy MTTQ, các đoàn thể Trung ương']),
  e('hvctqg', 'Học viện Chính trị quốc gia Hồ Chí Minh', 'party', ['Học viện Chính trị Quốc gia Hồ Chí Minh', 'Học viện CTQG Hồ Chí Minh', 'Học viện CTQG HCM']),
  e('hvcthc', 'Học viện Chính trị - Hành chính quốc gia Hồ Chí Minh', 'party', ['Học viện CT-HCQG Hồ Chí Minh']),
  e('bcdpctn', 'Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, tiêu cực', 'party', ['Ban Chỉ đạo Trung ương về phòng, chống tham nhũng', 'Ban Chỉ đạo Trung ương về phòng chống tham nhũng, tiêu cực']),
  e('bnd', 'Báo Nhân Dân', 'party', ['Báo Nhân dân']),
  e('tccs', 'Tạp chí Cộng sản', 'party'),
  // the state: National Assembly, President, Government, courts
  e('qh', 'Quốc hội', 'state', ['QH']),
  e('ubtvqh', 'Ủy ban Thường vụ Quốc hội', 'state', ['UBTVQH', 'Ủy ban TVQH']),
  e('hddt', 'Hội đồng Dân tộc', 'state', ['Hội đồng Dân tộc của Quốc hội']),
  e('vpqh', 'Văn phòng Quốc hội', 'state', ['VPQH']),
  e('bdn', 'Ban Dân nguyện', 'state', ['Ban Dân nguyện của Ủy ban Thường vụ Quốc hội']),
  e('bctdb', 'Ban Công tác đại biểu', 'state', ['Ban Công tác đại biểu của Ủy ban Thường vụ Quốc hội']),
  e('vnclp', 'Viện Nghiên cứu lập pháp', 'state'),
  e('ctn', 'Chủ tịch nước', 'state'),
  e('vpctn', 'Văn phòng Chủ tịch nước', 'state'),
  e('cp', 'Chính phủ', 'state'),
  e('ttg', 'Thủ tướng Chính phủ', 'state', ['Thủ tướng', 'TTg', 'TTgCP', 'Thủ tướng CP']),
  e('vpcp', 'Văn phòng Chính phủ', 'state', ['VPCP']),
  e('nhnn', 'Ngân hàng Nhà nước Việt Nam', 'ministry', ['Ngân hàng Nhà nước', 'NHNN', 'NHNN Việt Nam', 'Ngân hàng Nhà nước VN']),
  e('ttcp', 'Thanh tra Chính phủ', 'ministry', ['TTCP']),
  e('ubdt', 'Ủy ban Dân tộc', 'ministry', ['UBDT']),
  e('ktnn', 'Kiểm toán Nhà nước', 'state', ['KTNN']),
  e('tandtc', 'Tòa án nhân dân tối cao', 'state', ['TANDTC', 'Tòa án Nhân dân tối cao']),
  e('vksndtc', 'Viện kiểm sát nhân dân tối cao', 'state', ['VKSNDTC', 'Viện Kiểm sát nhân dân tối cao']),
  e('hdbcqg', 'Hội đồng Bầu cử quốc gia', 'state'),
  e('bhxh', 'Bảo hiểm xã hội Việt Nam', 'state', ['BHXH Việt Nam', 'BHXHVN']),
  e('ttxvn', 'Thông tấn xã Việt Nam', 'state', ['TTXVN']),
  e('vtv', 'Đài Truyền hình Việt Nam', 'state'),
  e('vov', 'Đài Tiếng nói Việt Nam', 'state'),
  e('vhlkhcn', 'Viện Hàn lâm Khoa học và Công nghệ Việt Nam', 'state'),
  e('vhlkhxh', 'Viện Hàn lâm Khoa học xã hội Việt Nam', 'state', ['Viện Hàn lâm Khoa học Xã hội Việt Nam']),
  e('dhqghn', 'Đại học Quốc gia Hà Nội', 'state', ['ĐHQGHN']),
  e('dhqghcm', 'Đại học Quốc gia Thành phố Hồ Chí Minh', 'state', ['Đại học Quốc gia TP. Hồ Chí Minh', 'Đại học Quốc gia TP.HCM', 'ĐHQG-HCM']),
  e('hvhc', 'Học viện Hành chính quốc gia', 'state', ['Học viện Hành chính Quốc gia', 'Học viện Hành chính']),
  e('ubqlv', 'Ủy ban Quản lý vốn nhà nước tại doanh nghiệp', 'state', ['Ủy ban Quản lý vốn Nhà nước tại doanh nghiệp']),
  e('bcy', 'Ban Cơ yếu Chính phủ', 'state'),
  e('btgcp', 'Ban Tôn giáo Chính phủ', 'state'),
  e('bqll', 'Ban Quản lý Lăng Chủ tịch Hồ Chí Minh', 'state'),
  e('ubcknn', 'Ủy ban Chứng khoán Nhà nước', 'state', ['UBCKNN']),
  e('ubcttcpcp', 'Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài', 'state'),
  e('tct', 'Tổng cục Thuế', 'state'),
  e('tchq', 'Tổng cục Hải quan', 'state'),
  e('tctk', 'Tổng cục Thống kê', 'state'),
  e('btttm', 'Bộ Tổng Tham mưu Quân đội nhân dân Việt Nam', 'state', ['Bộ Tổng Tham mưu']),
  e('tcct', 'Tổng cục Chính trị Quân đội nhân dân Việt Nam', 'state', ['Tổng cục Chính trị']),
  e('ubatgtqg', 'Ủy ban An toàn giao thông Quốc gia', 'state', ['Ủy ban An toàn giao thông quốc gia']),
  ...[
    'Pháp luật', 'Tư pháp', 'Kinh tế', 'Tài chính, Ngân sách', 'Quốc phòng và An ninh', 'Văn hóa, Giáo dục', 'Xã hội',
    'Khoa học, Công nghệ và Môi trường', 'Đối ngoại', 'Pháp luật và Tư pháp', 'Kinh tế và Tài chính',
    'Quốc phòng, An ninh và Đối ngoại', 'Văn hóa và Xã hội', 'Văn hóa, Giáo dục, Thanh niên, Thiếu niên và Nhi đồng',
  ].map((f, k) => e(`ubqh${k}`, `Ủy ban ${f} của Quốc hội`, 'state', [`Ủy ban ${f}`, ...(QH_ABBR[f] ?? []).map((a) => `Ủy ban ${a}`)])),
  // Front and mass organisations with one national name
  e('ubtumttq', 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', 'front', ['UBTƯ MTTQ Việt Nam', 'UBTW MTTQ Việt Nam', 'Ủy ban TW MTTQ Việt Nam', 'Ủy ban Trung ương MTTQ Việt Nam']),
  e('twd', 'Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'front', ['Trung ương Đoàn', 'TW Đoàn', 'Trung ương Đoàn TNCS Hồ Chí Minh', 'TW Đoàn TNCS HCM', 'Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'Ban Chấp hành Trung ương Đoàn']),
  e('tlđ', 'Tổng Liên đoàn Lao động Việt Nam', 'front', ['Tổng LĐLĐ Việt Nam', 'TLĐLĐVN', 'Tổng Liên đoàn Lao động VN']),
  e('vcci', 'Phòng Thương mại và Công nghiệp Việt Nam', 'front', ['VCCI']),
  e('vusta', 'Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam', 'front', ['Liên hiệp các hội khoa học và kỹ thuật Việt Nam']),
  e('vufo', 'Liên hiệp các tổ chức hữu nghị Việt Nam', 'front'),
  e('hnb', 'Hội Nhà báo Việt Nam', 'front'),
  e('hlg', 'Hội Luật gia Việt Nam', 'front'),
  e('hctd', 'Hội Chữ thập đỏ Việt Nam', 'front'),
  e('lhtn', 'Hội Liên hiệp Thanh niên Việt Nam', 'front'),
  e('hsv', 'Hội Sinh viên Việt Nam', 'front'),
  // state groups and corporations, kept as data
  ...readTsv('state-groups.tsv').map((r) => e(r.id, r.name, 'state', r.aliases ? r.aliases.split('|').map((a) => a.trim()) : [])),
]

/** Bodies that look like a name in the lexicon but are not one (longer phrases that win and are dropped). */
export const BANNED = [
  'Chính phủ điện tử', 'Chính phủ số', 'Chính phủ kiến tạo', 'Chính phủ liêm chính', 'Quốc hội điện tử', 'Quốc hội số',
  'Luật Tổ chức Quốc hội', 'Luật Tổ chức Chính phủ', 'Luật Tổ chức chính quyền địa phương', 'Luật Tổ chức Tòa án nhân dân',
  'Luật Tổ chức Viện kiểm sát nhân dân', 'Luật Mặt trận Tổ quốc Việt Nam', 'Luật Ngân hàng Nhà nước Việt Nam',
  'Luật Kiểm toán Nhà nước', 'Luật Tổ chức Hội đồng nhân dân', 'Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân',
  'Luật Công an nhân dân', 'Luật Thanh tra', 'Luật Công đoàn', 'Luật Thanh niên', 'Điều lệ Đảng', 'Điều lệ Đoàn',
  'Quy chế làm việc của Bộ Chính trị', 'Hiến pháp',
]

/** Person titles: a body right after one of these is part of a person's title, not a body in its own right. */
export const TITLES = [
  'Bí thư', 'Phó Bí thư', 'Tổng Bí thư', 'Bí thư Thường trực', 'Phó Bí thư Thường trực', 'Chủ tịch', 'Phó Chủ tịch',
  'Phó Chủ tịch Thường trực', 'Ủy viên', 'Ủy viên Thường vụ', 'UV', 'Trưởng', 'Phó Trưởng', 'Trưởng ban', 'Phó Trưởng ban',
  'Phó Trưởng ban Thường trực', 'Phó', 'Chủ nhiệm', 'Phó Chủ nhiệm', 'Chánh Văn phòng', 'Phó Chánh Văn phòng', 'Chánh án',
  'Viện trưởng', 'Giám đốc', 'Phó Giám đốc', 'Tổng Giám đốc', 'Bộ trưởng', 'Thứ trưởng', 'Thủ trưởng', 'Thống đốc',
  'Phó Thống đốc', 'Tổng Thư ký', 'Thư ký', 'Tổng Kiểm toán', 'Tổng Thanh tra', 'Chánh Thanh tra', 'Cục trưởng',
  'Vụ trưởng', 'Tổng cục trưởng', 'Thành viên', 'đại biểu', 'người đứng đầu', 'Thường trực', 'Chỉ huy trưởng',
  'Trưởng đoàn', 'Phó Trưởng đoàn', 'Tư lệnh', 'Chính ủy', 'đồng chí Bí thư',
]

/** The Party's advisory boards (Ban X), and the People's Council boards (Ban Pháp chế …). */
export const FUNCTIONS: [string, ...string[]][] = [
  ['Tổ chức', 'TC'], ['Tuyên giáo', 'TG'], ['Dân vận', 'DV'], ['Nội chính', 'NC'], ['Kinh tế', 'KT'], ['Đối ngoại', 'ĐN'],
  ['Tuyên giáo và Dân vận', 'TG&DV', 'Tuyên giáo - Dân vận'], ['Chính sách, chiến lược', 'Chính sách và chiến lược'],
  ['Khoa giáo'], ['Bảo vệ, chăm sóc sức khỏe cán bộ', 'Bảo vệ sức khỏe cán bộ'], ['Pháp chế'], ['Kinh tế - Ngân sách'],
  ['Văn hóa - Xã hội'], ['Dân tộc'], ['Đô thị'], ['Kinh tế - Xã hội'],
]

/** Ministries' fields, shared by Bộ (B), Sở (S) and Phòng (P): name, which heads take it, aliases. */
export const DOMAINS: [string, string, ...string[]][] = [
  ['Quốc phòng', 'B', 'QP'], ['Công an', 'B', 'CA'], ['Ngoại giao', 'B', 'NG'], ['Nội vụ', 'BSP', 'NV'], ['Tư pháp', 'BSP'],
  ['Kế hoạch và Đầu tư', 'BS', 'KH&ĐT', 'KHĐT', 'Kế hoạch - Đầu tư', 'KH và ĐT'], ['Tài chính', 'BSP', 'TC'],
  ['Công Thương', 'BS', 'CT'], ['Nông nghiệp và Phát triển nông thôn', 'BSP', 'NN&PTNT', 'NNPTNT', 'Nông nghiệp và PTNT', 'NN và PTNT', 'Nông nghiệp & PTNT'],
  ['Nông nghiệp và Môi trường', 'BSP', 'NN&MT', 'NNMT'], ['Giao thông vận tải', 'BS', 'GTVT', 'Giao thông - Vận tải', 'GT-VT'],
  ['Xây dựng', 'BS', 'XD'], ['Tài nguyên và Môi trường', 'BSP', 'TN&MT', 'TNMT', 'TN và MT'],
  ['Thông tin và Truyền thông', 'BS', 'TT&TT', 'TTTT', 'TT và TT'],
  ['Lao động - Thương binh và Xã hội', 'BSP', 'LĐ-TB&XH', 'LĐTB&XH', 'LĐTBXH', 'LĐ-TBXH', 'Lao động, Thương binh và Xã hội', 'Lao động Thương binh và Xã hội'],
  ['Văn hóa, Thể thao và Du lịch', 'BS', 'VH-TT&DL', 'VHTT&DL', 'VHTTDL', 'Văn hóa - Thể thao và Du lịch'],
  ['Khoa học và Công nghệ', 'BS', 'KH&CN', 'KHCN', 'KH và CN'], ['Giáo dục và Đào tạo', 'BSP', 'GD&ĐT', 'GDĐT', 'GD-ĐT', 'Giáo dục - Đào tạo'],
  ['Y tế', 'BSP', 'YT'], ['Dân tộc và Tôn giáo', 'BS', 'DT&TG'], ['Ngoại vụ', 'S'], ['Du lịch', 'S'], ['Văn hóa và Thể thao', 'S', 'VH&TT'],
  ['Văn hóa - Thể thao', 'S'], ['Quy hoạch - Kiến trúc', 'S'], ['Tài chính - Kế hoạch', 'P', 'TC-KH', 'TCKH', 'Tài chính Kế hoạch'],
  ['Văn hóa và Thông tin', 'P', 'VH&TT'], ['Văn hóa - Thông tin', 'BP', 'VH-TT'], ['Văn hóa, Khoa học và Thông tin', 'P'],
  ['Kinh tế', 'P'], ['Kinh tế - Hạ tầng', 'P', 'KT-HT'], ['Kinh tế, Hạ tầng và Đô thị', 'P'], ['Quản lý đô thị', 'P', 'QLĐT'],
  ['Dân tộc', 'P'], ['Thương mại', 'B'], ['Công nghiệp', 'B'], ['Thủy sản', 'B'], ['Bưu chính, Viễn thông', 'B'],
]

/** Heads of local (and national) bodies that take a place: name, kind, needs a place?, "Việt Nam" allowed?, aliases. */
export const LOCAL_HEADS: [string, Kind, boolean, boolean, ...string[]][] = [
  ['Ủy ban nhân dân', 'local', false, false, 'UBND', 'Ủy ban ND', 'UB nhân dân'],
  ['Hội đồng nhân dân', 'local', false, false, 'HĐND', 'Hội đồng ND'],
  ['Ủy ban Mặt trận Tổ quốc Việt Nam', 'front', false, false, 'UBMTTQ Việt Nam', 'UBMTTQVN', 'Ủy ban MTTQ Việt Nam', 'UBMTTQ VN', 'Ủy ban MTTQVN'],
  ['Ủy ban Mặt trận Tổ quốc', 'front', false, false, 'UBMTTQ', 'Ủy ban MTTQ', 'UB MTTQ'],
  ['Mặt trận Tổ quốc Việt Nam', 'front', false, false, 'MTTQ Việt Nam', 'MTTQVN', 'MTTQ VN'],
  ['Mặt trận Tổ quốc', 'front', false, false, 'MTTQ'],
  ['Công an', 'local', true, false, 'CA'],
  ['Bộ Chỉ huy Quân sự', 'local', true, false, 'BCHQS', 'Bộ CHQS', 'Bộ Chỉ huy quân sự'],
  ['Bộ Chỉ huy Bộ đội Biên phòng', 'local', true, false, 'BĐBP', 'Bộ Chỉ huy BĐBP'],
  ['Tòa án nhân dân', 'local', true, false, 'TAND', 'Tòa án Nhân dân'],
  ['Viện kiểm sát nhân dân', 'local', true, false, 'VKSND', 'Viện Kiểm sát nhân dân', 'Viện Kiểm sát Nhân dân'],
  ['Thanh tra', 'local', true, false],
  ['Kho bạc Nhà nước', 'state', false, false, 'KBNN'],
  ['Cục Thuế', 'local', true, false],
  ['Cục Thống kê', 'local', true, false],
  ['Cục Hải quan', 'local', true, false],
  ['Bảo hiểm xã hội', 'local', true, false, 'BHXH'],
  ['Liên đoàn Lao động', 'front', true, false, 'LĐLĐ'],
  ['Hội Nông dân', 'front', false, true, 'HND'],
  ['Hội Liên hiệp Phụ nữ', 'front', false, true, 'Hội LHPN', 'HLHPN'],
  ['Hội Cựu chiến binh', 'front', false, true, 'Hội CCB'],
  ['Đoàn Thanh niên Cộng sản Hồ Chí Minh', 'front', false, false, 'Đoàn TNCS Hồ Chí Minh', 'Đoàn TNCS HCM', 'Đoàn thanh niên Cộng sản Hồ Chí Minh'],
  ['Liên minh Hợp tác xã', 'front', true, true, 'LMHTX'],
  ['Hội Chữ thập đỏ', 'front', true, true],
  ['Hội Khuyến học', 'front', true, true],
  ['Hội Người cao tuổi', 'front', true, true],
  ['Liên hiệp các Hội Khoa học và Kỹ thuật', 'front', true, true],
  ['Đài Phát thanh và Truyền hình', 'local', true, false],
  ['Đài Phát thanh - Truyền hình', 'local', true, false, 'Đài PT-TH', 'Đài PTTH'],
  ['Báo', 'local', true, false],
  // the provincial paper and broadcaster merged in 2025: "Báo và Phát thanh, Truyền hình Lâm Đồng"
  ['Báo và Phát thanh, Truyền hình', 'local', false, false, 'Báo và Phát thanh - Truyền hình', 'Báo và Phát thanh Truyền hình', 'Báo và PT-TH'],
  ['Trường Chính trị', 'local', true, false],
  ['Trung tâm Chính trị', 'local', true, false, 'TTCT'],
  ['Trung tâm Văn hóa - Thể thao và Truyền thông', 'local', true, false, 'Trung tâm VH-TT&TT', 'Trung tâm Văn hóa, Thể thao và Truyền thông'],
  ['Trung tâm Văn hóa - Thể thao và Truyền thanh', 'local', true, false, 'Trung tâm Văn hóa, Thể thao và Truyền thanh'],
  ['Trung tâm Văn hóa - Truyền thông', 'local', true, false, 'Trung tâm Văn hóa và Truyền thông'],
  ['Hội Doanh nghiệp', 'front', true, false, 'Hội doanh nghiệp'],
  ['Trung tâm Văn hóa, Thông tin và Thể thao', 'local', true, false, 'Trung tâm VH-TT&TT'],
  ['Ban Dân tộc', 'local', true, false],
  ['Ban Quản lý các khu công nghiệp', 'local', false, false],
  ['Ban Quản lý các khu kinh tế', 'local', true, false],
  ['Ban Quản lý Khu kinh tế', 'local', true, false],
  ['Đoàn đại biểu Quốc hội', 'local', true, false, 'Đoàn ĐBQH'],
  ['Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân', 'local', true, false, 'Văn phòng Đoàn ĐBQH và HĐND'],
  ['Văn phòng Ủy ban nhân dân', 'local', false, false, 'Văn phòng UBND', 'VP UBND'],
  // the joint office of a district's or commune's council and committee is one body
  ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân', 'local', false, false, 'Văn phòng HĐND và UBND', 'Văn phòng HĐND - UBND', 'Văn phòng HĐND-UBND', 'VP HĐND và UBND', 'Văn phòng HĐND&UBND'],
  ['Văn phòng Hội đồng nhân dân', 'local', false, false, 'Văn phòng HĐND'],
]

/** Party committees: Tỉnh ủy [Trà Vinh]…; scopeOnly ones (TU, HU) stand for a committee only after a head. */
export const COMMITTEES: [string, boolean, ...string[]][] = [
  ['Tỉnh ủy', false], ['Thành ủy', false], ['Huyện ủy', false], ['Quận ủy', false], ['Thị ủy', false],
  ['Tỉnh đoàn', false], ['Thành đoàn', false], ['Huyện đoàn', false],
  ['Tỉnh ủy', true, 'TU', 'T.U'], ['Huyện ủy', true, 'HU'], ['Thành ủy', true, 'ThU'], ['Đảng ủy', true, 'ĐU', 'Đảng ủy'],
]

/** "Trung ương" as the scope of a Party body. */
export const CENTRAL = ['Trung ương', 'Trung ương Đảng', 'TW', 'TƯ', 'T.Ư', 'T.W', 'TW Đảng', 'TƯ Đảng', 'Trung Ương']

/** Prefixes that make a new body of another one: Đảng đoàn Quốc hội, Ban cán sự đảng Bộ Nội vụ… */
export const PREFIXES: [string, Kind[], ...string[]][] = [
  ['Đảng đoàn', ['front', 'state', 'local']],
  ['Ban cán sự đảng', ['state', 'ministry', 'local'], 'BCS đảng', 'BCSĐ', 'Ban cán sự Đảng', 'BCS Đảng', 'Ban Cán sự đảng'],
  ['Ban Thường vụ', ['committee', 'front'], 'BTV'],
  ['Thường trực', ['committee', 'local', 'front', 'state']],
  ['Ban Thường trực', ['front'], 'BTT'],
  ['Ban Chấp hành', ['committee', 'front'], 'BCH'],
  ['Đảng ủy', ['state', 'ministry', 'local', 'front'], 'ĐU'],
]

/** Party advisory heads that take a Party scope ("Ban Tổ chức" + "Tỉnh ủy"). */
export const PARTY_HEADS: [string, ...string[]][] = [
  ['Ủy ban Kiểm tra', 'UBKT', 'UB Kiểm tra'], ['Văn phòng', 'VP'],
]

/** Glued abbreviations that carry their scope: BTCTW, VPTU… (head abbreviation, scope abbreviation). */
export const GLUED_HEADS: Record<string, string> = {
  BTC: 'Ban Tổ chức', BTG: 'Ban Tuyên giáo', BDV: 'Ban Dân vận', BNC: 'Ban Nội chính', BKT: 'Ban Kinh tế', BĐN: 'Ban Đối ngoại',
  UBKT: 'Ủy ban Kiểm tra', VP: 'Văn phòng', BTV: 'Ban Thường vụ', TT: 'Thường trực', BCH: 'Ban Chấp hành',
}
export const GLUED_SCOPES: Record<string, string> = { TW: 'Trung ương', TƯ: 'Trung ương', TU: 'Tỉnh ủy', HU: 'Huyện ủy', ThU: 'Thành ủy', ĐU: 'Đảng ủy' }

/** Levels of local government: canonical word, aliases. */
export const LEVELS: [string, ...string[]][] = [
  ['tỉnh'], ['thành phố', 'TP', 'Tp', 'TP.', 'T.P'], ['huyện'], ['quận'], ['thị xã', 'TX'], ['xã'], ['phường'], ['thị trấn', 'TT.'], ['đặc khu'],
]

/** Places written as one abbreviation. */
export const PLACE_ABBR: [string, string][] = [
  ['TP.HCM', 'thành phố Hồ Chí Minh'], ['TPHCM', 'thành phố Hồ Chí Minh'], ['Tp.HCM', 'thành phố Hồ Chí Minh'],
  ['TP. HCM', 'thành phố Hồ Chí Minh'], ['TP HCM', 'thành phố Hồ Chí Minh'], ['TP.HN', 'thành phố Hà Nội'],
]

/** Capitalised words that end a place name (the next body, a document heading…). */
export const PLACE_STOP = new Set([
  'ban', 'bộ', 'sở', 'ủy', 'uỷ', 'đảng', 'văn', 'hội', 'thường', 'công', 'phòng', 'tỉnh', 'thành', 'huyện', 'quận', 'xã',
  'phường', 'chủ', 'phó', 'giám', 'trưởng', 'kinh', 'nơi', 'lưu', 'ubnd', 'hđnd', 'mttq', 'đồng', 'tổng', 'các', 'quyết',
  'kế', 'nghị', 'chỉ', 'thông', 'số', 'về', 'căn', 'điều', 'năm', 'ngày', 'tháng', 'đoàn', 'mặt', 'liên', 'cục', 'trường',
  'viện', 'tòa', 'toà', 'đài', 'chương', 'báo', 'hướng', 'tờ', 'v/v', 'kính', 'gửi', 'đề', 'và', 'thực', 'triển', 'cộng',
  'độc', 'chi', 'tổ', 'theo', 'tại', 'trong', 'thị', 'đặc', 'tp', 'bí', 'thủ', 'ngân', 'kho', 'bảo', 'trung', 'quân', 'độc',
])

/** Nouns of plural collectives ("các cơ quan, đơn vị liên quan"). */
export const COLLECTIVES = [
  'cơ quan', 'cơ quan ngang bộ', 'cơ quan thuộc Chính phủ', 'cơ quan chuyên môn', 'cơ quan tham mưu', 'cơ quan báo chí',
  'cơ quan Đảng', 'cơ quan nhà nước', 'cơ quan hành chính', 'cơ quan chức năng', 'cơ quan, đơn vị', 'CQ', 'đơn vị',
  'đơn vị sự nghiệp', 'tổ chức', 'tổ chức đảng', 'tổ chức cơ sở đảng', 'tổ chức chính trị - xã hội', 'cấp ủy', 'cấp ủy đảng',
  'chính quyền', 'chính quyền địa phương', 'ngành', 'sở', 'ban', 'bộ', 'ban đảng', 'ban cán sự đảng', 'BCS đảng',
  'đảng đoàn', 'đảng ủy', 'đảng ủy khối', 'đảng bộ', 'chi bộ', 'tỉnh ủy', 'thành ủy', 'huyện ủy', 'quận ủy', 'thị ủy',
  'tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn', 'địa phương', 'đoàn thể',
  'đoàn thể chính trị - xã hội', 'đoàn thể nhân dân', 'hội', 'hội quần chúng', 'hội đoàn thể', 'doanh nghiệp', 'tập đoàn',
  'tổng công ty', 'ủy ban', 'Ủy ban của Quốc hội', 'lực lượng', 'ngành chức năng', 'trường', 'học viện', 'viện', 'cục',
  'vụ', 'ban tổ chức', 'ban tuyên giáo', 'ban dân vận', 'ủy ban kiểm tra', 'văn phòng', 'ban thường vụ', 'thường trực',
  'Ủy ban nhân dân', 'UBND', 'Hội đồng nhân dân', 'HĐND', 'Ủy ban Mặt trận Tổ quốc', 'mặt trận', 'BCĐ', 'ban chỉ đạo',
  'bộ, ngành', 'ban, ngành', 'ban, bộ, ngành', 'sở, ban, ngành', 'cơ quan, tổ chức', 'Bộ, ngành', 'đơn vị trực thuộc',
]

/** Words after a collective that still belong to it. */
export const COLLECTIVE_MODS = [
  'liên quan', 'có liên quan', 'hữu quan', 'chức năng', 'có thẩm quyền', 'các cấp', 'cùng cấp', 'trực thuộc', 'thuộc',
  'ở Trung ương', 'Trung ương', 'TW', 'ở địa phương', 'cấp tỉnh', 'cấp huyện', 'cấp xã', 'cấp cơ sở', 'cơ sở', 'trong tỉnh',
  'trên địa bàn', 'trên địa bàn tỉnh', 'của tỉnh', 'của Trung ương', 'thành viên', 'chính trị - xã hội', 'tỉnh', 'huyện',
  'thành phố', 'thị xã', 'trực thuộc Trung ương', 'trực thuộc Tỉnh ủy', 'trực thuộc Huyện ủy', 'trực thuộc Thành ủy',
  'thuộc Chính phủ', 'thuộc tỉnh', 'thuộc Bộ', 'chuyên môn', 'ở TW', 'khối',
]

/** Two words that make a compound, not a collective noun and what follows it ("các trường hợp", "ban hành"). */
export const COMPOUNDS = new Set([
  'bộ máy', 'bộ phận', 'bộ đội', 'bộ luật', 'bộ công', 'bộ hồ', 'bộ tiêu', 'bộ chỉ', 'bộ quy', 'bộ dữ', 'ban hành', 'ban đầu',
  'hội nghị', 'hội thảo', 'hội viên', 'hội nhập', 'hội chợ', 'hội thi', 'hội đồng', 'cục bộ', 'sở hữu', 'sở cứ', 'vụ việc',
  'vụ án', 'vụ tai', 'trường hợp', 'viện trợ', 'viện phí', 'ngành nghề', 'ngành hàng', 'xã hội', 'tỉnh táo', 'cấp phép',
  'cấp giấy', 'cấp phát', 'cấp bách', 'cấp thiết', 'đơn vị hành', 'huyện lỵ', 'lực lượng vũ', 'tổ chức thực', 'tổ chức triển',
  'tổ chức hội', 'tổ chức các', 'tổ chức lấy', 'tổ chức kiểm', 'tổ chức tập', 'tổ chức phổ', 'tổ chức quán', 'tổ chức sơ',
  'tổ chức tổng', 'tổ chức đánh', 'tổ chức lại', 'tổ chức bộ', 'trường học', 'trường đại', 'trường thông', 'viện nghiên', 'cơ quan hành',
])

/** Plural collectives written without "các". */
export const BARE_COLLECTIVES = [
  'cấp ủy các cấp', 'cấp ủy, tổ chức đảng', 'cấp ủy, tổ chức đảng các cấp', 'cấp ủy, chính quyền', 'cấp có thẩm quyền',
  'cơ quan có thẩm quyền', 'cơ quan chức năng', 'ngành chức năng', 'cơ quan, đơn vị liên quan', 'cơ quan, đơn vị có liên quan',
  'cơ quan liên quan', 'cơ quan có liên quan', 'đơn vị liên quan', 'đơn vị có liên quan', 'bộ, ngành', 'bộ, ngành, địa phương',
  'bộ, ngành Trung ương', 'bộ, ngành và địa phương', 'sở, ban, ngành', 'sở, ban, ngành, đoàn thể', 'ban, ngành',
  'ban, ngành, đoàn thể', 'chính quyền các cấp', 'ngành, địa phương', 'bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ',
  'bộ, cơ quan', 'đảng ủy trực thuộc', 'cơ quan, đơn vị', 'cơ quan, tổ chức, đơn vị', 'địa phương, đơn vị',
]

/** Words (one or two) that end the free subject of "Ban Chỉ đạo …": verbs and particles that follow a name. */
export const SUBJECT_STOP = new Set([
  'tham mưu', 'tham gia', 'chủ trì', 'phối hợp', 'thực hiện', 'triển khai', 'kiểm tra', 'theo dõi', 'đôn đốc', 'báo cáo',
  'rà soát', 'nghiên cứu', 'đề xuất', 'đề nghị', 'tổ chức', 'chỉ đạo', 'xem xét', 'quyết định', 'kết luận', 'hướng dẫn',
  'tập trung', 'tích cực', 'chịu trách', 'bao gồm', 'lãnh đạo', 'hoạt động', 'đánh giá', 'tiến hành', 'thông báo',
  'yêu cầu', 'bảo đảm', 'khẩn trương', 'ban hành', 'sẽ', 'đã', 'được', 'cần', 'có', 'là', 'của', 'để', 'tại', 'với', 'cho',
  'nhằm', 'phải', 'các', 'trong', 'đối', 'gồm', 'làm', 'ban', 'họp', 'giao', 'ra', 'thì', 'khi', 'sau', 'đến', 'từ', 'này',
  'đó', 'nêu', 'gửi', 'ở', 'mà', 'cùng', 'như', 'trình', 'theo', 'và',
])
