import { describe, expect, it } from 'vitest'
import { markerStyle, readMarker } from '../../src/core/read/markers.js'

describe('readMarker', () => {
  it('a run of three hyphens or more, or of two long dashes, is a rule under a letterhead, not a bullet; one dash or two hyphens are', () => {
    expect(readMarker('------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeNull()
    expect(readMarker('--- | ---')).toBeNull()
    expect(readMarker('—— Độc lập - Tự do - Hạnh phúc')).toBeNull()
    expect(readMarker('- Xây dựng kết cấu hạ tầng')?.type).toBe('dash')
    expect(readMarker('-- Xây dựng kết cấu hạ tầng')?.type).toBe('dash')
  })
  it.each([
    ['I- MỤC ĐÍCH, YÊU CẦU', 'roman', 'I'],
    ['II.- MỤC TIÊU', 'roman', 'II'],
    ['IV.- PHƯƠNG PHÁP', 'roman', 'IV'],
    ['1/- Mục tiêu:', 'arabic', '1'],
    ['1- Tổ chức phổ biến', 'arabic', '1'],
    ['3. Về việc', 'arabic', '3'],
    ['2.1- Các ban đảng', 'decimal', '2.1'],
    ['a)- Ban Tổ chức Tỉnh ủy:', 'letter', 'a'],
    ['đ) Sở Nội vụ', 'letter', 'đ'],
    ['(1) Hội nghị cán bộ', 'paren', '1'],
    ['(iii) Ủy ban nhân dân tỉnh Đồng Nai chỉ đạo', 'paren', 'iii'],
    ['(iv) Giao Bộ Công Thương nghiên cứu', 'paren', 'iv'],
    ['- Chủ trì phối hợp', 'dash', null],
    ['+ Với Ban Tuyên giáo', 'plus', null],
    ['* Nguyên nhân', 'star', null],
    ['Điều 1. Phê duyệt', 'article', '1'],
  ])('%s → %s %s', (line, type, value) => {
    const m = readMarker(line)
    expect(m?.type).toBe(type)
    expect(m?.value).toBe(value)
  })

  it('"(1). Tổng số …": the full stop after the bracket is the marker\'s', () => {
    expect(readMarker('(1). Tổng số gói thầu')?.length).toBe(5)
  })

  it.each(['15/4/2024 là hạn', '2012, vừa tiếp tục', 'V/v quyết liệt thực hiện', 'V/V TẬP TRUNG ỨNG PHÓ MƯA LŨ', 'v/v tăng cường công tác thanh tra', 'Ban Tổ chức', '30-6-2021, biên chế'])('no marker in %s', (line) => {
    expect(readMarker(line)).toBeNull()
  })
})

describe('markerStyle', () => {
  it('every article is one level, whatever its number: its siblings close it', () => {
    const style = (line: string) => markerStyle(line, readMarker(line)!)
    expect(style('Điều 1. Phạm vi điều chỉnh')).toBe(style('Điều 12: Tổ chức thi hành'))
    expect(style('1. Về việc')).not.toBe(style('1/- Mục tiêu'))
  })
})

describe('a roman V before a word that opens with V', () => {
  it('is still item V: "V/ Vận động …"', () => {
    expect(readMarker('V/ Vận động Nhân dân tham gia')?.type).toBe('roman')
  })
})

describe("a quarter's or a month's number before its year, on the line after its word", () => {
  it('is no item: "II/2027)." after "… trong quý", "10/2027" after "… trong tháng"', () => {
    expect(readMarker('II/2027).')).toBeNull()
    expect(readMarker('IV/2028).')).toBeNull()
    expect(readMarker('10/2027 hoàn thành.')).toBeNull()
    // (an item numbered with a slash still is one)
    expect(readMarker('II/ Nhiệm vụ trọng tâm')?.type).toBe('roman')
    expect(readMarker('2/ Sở Tài chính chủ trì')?.type).toBe('arabic')
  })
})
