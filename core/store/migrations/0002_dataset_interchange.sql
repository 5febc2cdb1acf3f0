-- Schema 2: what annotation formats need to round-trip: their own ids and shape groups.

-- The id an image or a category had in the file it was imported from (COCO's image id and
-- category id), so that an export writes the same ids back; NULL for what Atelier made itself.
ALTER TABLE image ADD COLUMN external_id INTEGER;
ALTER TABLE label_class ADD COLUMN external_id INTEGER;

-- Shapes that form one object (the rings of one COCO polygon annotation, labelme's group_id).
-- Imports from COCO put the annotation id here. Per-shape flags (iscrowd, occluded, truncated,
-- difficult) live in shape.attributes, a JSON object.
ALTER TABLE shape ADD COLUMN group_id INTEGER;
CREATE INDEX shape_image_group ON shape(image_id, group_id);
