-- Mizan store, version 2: where a coded event's source, target and verb stand in its evidence text
-- (character offsets into the evidence column), so the evidence view can mark the words that were coded.
ALTER TABLE events ADD COLUMN mark_src_start INTEGER;
ALTER TABLE events ADD COLUMN mark_src_end INTEGER;
ALTER TABLE events ADD COLUMN mark_tgt_start INTEGER;
ALTER TABLE events ADD COLUMN mark_tgt_end INTEGER;
ALTER TABLE events ADD COLUMN mark_verb_start INTEGER;
ALTER TABLE events ADD COLUMN mark_verb_end INTEGER;
