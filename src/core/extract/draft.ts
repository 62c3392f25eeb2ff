// Stage 8, tasks: what the reader knows of the document (TaskContext), and a task as drafted with the block it came from (Draft).
import type { DeadlineContext } from '../deadlines/index.js'
import type { AgencyRef, DocKind, Task } from '../contract/schema.js'
import type { Placed } from '../structure/sections.js'

export interface TaskContext extends DeadlineContext {
  /** the document's kind: in plans and directives an item that opens with an action is a task wherever it sits */
  kind?: DocKind
  /** the text comes as a site's page about an act ("# Toàn văn Công văn …"), with the site's own questions after it */
  page?: boolean
  /** the number of the act the text is or is about ("12118/VPCP-KTTH") */
  number?: string | null
  /** the body that issued the document: "Văn phòng sẽ phối hợp …" in its own text is itself */
  issuer?: AgencyRef | null
}

export interface Draft {
  task: Task
  placed: Placed
}
