// The bundled sample's listing is a source like any text: keyed by a digest of its content, so reading the same
// listing again as text, from a file or as the sample writes nothing. Stores written before knew it by its resource
// name; that source takes the content key, unless the same text was already ingested under it.
MATCH (old:Source {key: 'text:sample:sample/hf-papers-search-infinite.txt'})
WHERE NOT EXISTS { MATCH (:Source {key: 'text:sha256:5436b3cf24a4dac2'}) }
SET old.key = 'text:sha256:5436b3cf24a4dac2', old.location = 'sha256:5436b3cf24a4dac2';
