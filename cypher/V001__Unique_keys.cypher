// One named uniqueness constraint for every node key of the graph model.
CREATE CONSTRAINT paper_id IF NOT EXISTS FOR (p:Paper) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT paper_arxiv_id IF NOT EXISTS FOR (p:Paper) REQUIRE p.arxivId IS UNIQUE;
CREATE CONSTRAINT paper_title_key IF NOT EXISTS FOR (p:Paper) REQUIRE p.titleKey IS UNIQUE;
CREATE CONSTRAINT author_key IF NOT EXISTS FOR (a:Author) REQUIRE a.key IS UNIQUE;
CREATE CONSTRAINT topic_slug IF NOT EXISTS FOR (t:Topic) REQUIRE t.slug IS UNIQUE;
CREATE CONSTRAINT keyword_key IF NOT EXISTS FOR (k:Keyword) REQUIRE k.key IS UNIQUE;
CREATE CONSTRAINT repository_key IF NOT EXISTS FOR (r:Repository) REQUIRE r.key IS UNIQUE;
CREATE CONSTRAINT cluster_id IF NOT EXISTS FOR (c:Cluster) REQUIRE c.id IS UNIQUE;
CREATE CONSTRAINT source_key IF NOT EXISTS FOR (s:Source) REQUIRE s.key IS UNIQUE;
