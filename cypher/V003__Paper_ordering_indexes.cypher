// Range indexes behind the orderings and filters of the papers connection.
CREATE INDEX paper_published_at IF NOT EXISTS FOR (p:Paper) ON (p.publishedAt);
CREATE INDEX paper_upvotes IF NOT EXISTS FOR (p:Paper) ON (p.upvotes);
CREATE INDEX repository_stars IF NOT EXISTS FOR (r:Repository) ON (r.stars);
