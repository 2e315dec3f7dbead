// The forms a record shows at one stage or another, as one module: ./record-forms.tsx loads it
// where one of them shows, as one script (each loaded on its own, the form code they share
// would come once per script).
export { EditRecordForm } from "../record-editor";
export { CirculateForm } from "./circulate-form";
export { CommentForm } from "./comment-form";
export { RecordSteps } from "./record-steps";
