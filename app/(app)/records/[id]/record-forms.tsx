"use client";

import type { ComponentProps } from "react";
import { lazyPart } from "@/app/_components/lazy-part";
import type { EditRecordForm as Editor } from "../record-editor";
import type { CirculateForm as Circulate } from "./circulate-form";
import type { CommentForm as Comment } from "./comment-form";
import type { RecordSteps as Steps } from "./record-steps";

// Which forms a record shows depends on its stage and on who reads it: the editor and the
// circulation while it is a draft (the secretariat), the comment form while it is circulated
// (the focal points), the next steps until it is final. They are loaded only where one of them
// shows (the secretariat's together, ./secretariat-forms.ts; the focal points' comment form on
// its own), so a final record, the page most often read, loads none of them.

export const EditRecordForm = lazyPart<ComponentProps<typeof Editor>>(() =>
  import("./secretariat-forms").then((m) => m.EditRecordForm),
);
export const CirculateForm = lazyPart<ComponentProps<typeof Circulate>>(() =>
  import("./secretariat-forms").then((m) => m.CirculateForm),
);
export const RecordSteps = lazyPart<ComponentProps<typeof Steps>>(() =>
  import("./secretariat-forms").then((m) => m.RecordSteps),
);
export const CommentForm = lazyPart<ComponentProps<typeof Comment>>(() =>
  import("./comment-form").then((m) => m.CommentForm),
);
