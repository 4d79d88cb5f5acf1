-- The steps a draft's answers took when a step was last saved without errors, as JSON
-- {"steps": [step ids…], "changed": whether that save changed their number}. "Step x of y"
-- counts these, so an error page (whose invalid answers are saved too) counts as the page
-- before it did. NULL until the first save: the count then follows the saved answers.
ALTER TABLE draft ADD COLUMN path TEXT;
