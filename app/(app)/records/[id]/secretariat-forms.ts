// The secretariat's forms on a record (the draft's editor, its circulation, the next steps), as
// one module: ./record-forms.tsx loads it where one of them shows, as one script (each loaded on
// its own, the form code they share would come once per script). A focal point's comment form
// is loaded on its own: nobody sees both.
export { EditRecordForm } from "../record-editor";
export { CirculateForm } from "./circulate-form";
export { RecordSteps } from "./record-steps";
