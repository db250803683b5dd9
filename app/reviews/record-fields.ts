/**
 * A review may be held as a series of meetings: the first date is needed, two more may follow.
 * The review is held on the first; a last one more than 20 working days later is saved, and the
 * review page warns about it (a late meeting is a fact to record, not an error to correct).
 * The record form's date fields, shared by its schema (./record-form.server) and its page.
 */
export const meetingFields = ["meeting1", "meeting2", "meeting3"] as const;
