-- Schema 11: one index fewer on the shape table, which holds millions of rows after a COCO import.
-- shape_image_group (image_id, group_id) begins with image_id, so every lookup of an image's
-- shapes (the annotation pane, exports, counts, splits) reads it as it read shape_image; keeping
-- both only made every import build, write and checkpoint the same keys twice.
DROP INDEX IF EXISTS shape_image;
