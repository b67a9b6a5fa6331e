-- A matched rule's title and explanation in each language of the messages pack, so security reads
-- why a case exists in their own language. The English text stays in case_match.explanation.
-- Rows go with their match: retention deletes matches in plain SQL.
CREATE TABLE case_match_text (
    match_id     VARCHAR(36)     NOT NULL REFERENCES case_match (id) ON DELETE CASCADE,
    lang         VARCHAR(35)     NOT NULL,
    title        VARCHAR(200)    NOT NULL,
    explanation  VARCHAR(32000)  NOT NULL,
    PRIMARY KEY (match_id, lang)
);
