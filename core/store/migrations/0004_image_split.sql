-- Schema 4: the split (train, val or test) each image belongs to; NULL for unassigned images.
-- Versions keep it in their manifests (an image entry's "split"), so that an experiment trained
-- on a version keeps its split.
ALTER TABLE image ADD COLUMN split TEXT
    CHECK (split IS NULL OR split = 'train' OR split = 'val' OR split = 'test');
