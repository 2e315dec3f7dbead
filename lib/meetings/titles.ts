// Default titles for new meetings, as the series names them ("Seventh high-level meeting").
// The title is data, in English like the UN's own records; the secretariat may change it.
const ordinals = [
  "First",
  "Second",
  "Third",
  "Fourth",
  "Fifth",
  "Sixth",
  "Seventh",
  "Eighth",
  "Ninth",
  "Tenth",
  "Eleventh",
  "Twelfth",
  "Thirteenth",
  "Fourteenth",
  "Fifteenth",
  "Sixteenth",
  "Seventeenth",
  "Eighteenth",
  "Nineteenth",
  "Twentieth",
];

export function defaultMeetingTitle(sequenceNumber: number): string {
  const ordinal = ordinals[sequenceNumber - 1];
  return ordinal ? `${ordinal} high-level meeting` : `High-level meeting no. ${sequenceNumber}`;
}
