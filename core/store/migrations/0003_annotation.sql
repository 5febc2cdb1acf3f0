-- Schema 3: what the annotation pane keeps per image besides its shapes.

-- Image-level tags for classification: a JSON array of strings, e.g. ["night", "blurred"].
ALTER TABLE image ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';
-- The comment of the latest status change (a reviewer's reason for a rejection); the history of
-- status changes is in the audit log (action image.status).
ALTER TABLE image ADD COLUMN review_comment TEXT NOT NULL DEFAULT '';
-- 1 when the image file vanished from disk; its shapes are kept until the user decides.
ALTER TABLE image ADD COLUMN missing INTEGER NOT NULL DEFAULT 0;
