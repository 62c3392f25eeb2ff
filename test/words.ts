// For tests of what a task says: its words without the number of the item it opens.
import type { Task } from '../src/core/contract/schema.js'

/** The number an item opens with, as a task's text quotes it: "2.1.", "3)", "a)", "(1)", "II.". */
const ITEM_NUMBER = /^(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?(?:\s*[-–/)])?|[IVXLC]{1,5}(?:\.\s*[-–]?|[-–)]|\/\s*[-–]?)|\((?:\d{1,2}|[ivx]{2,5}|[a-zđ])\)\.?|[a-zđ](?:\)\s*[-–]?|\/\s*[-–]?|\.\s*-?|\s*[-–]))\s+/u

/** "2.1. Giao Ban Xây dựng Đảng chủ trì …" → "Giao Ban Xây dựng Đảng chủ trì …". */
export const words = (t: Pick<Task, 'text'>): string => t.text.replace(ITEM_NUMBER, '')
