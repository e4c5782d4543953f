-- The part of an article a charge names, apart from the catalogue entry it refers to (docs/records.md):
-- a catalogue entry without a part stands for the whole article, so a charge may name any part of
-- it (342 part 2 refers to the entry 342 and keeps part 2 here); a charge may name an article
-- without its part where the catalogue lists parts (293 refers to the whole-article entry 293,
-- made when first needed). Null: the charge names no part, or the entry's own part.
ALTER TABLE charge ADD COLUMN part varchar(20);
