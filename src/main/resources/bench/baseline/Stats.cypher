// Node counts per kind and the relationship count, from the count store.
CALL () { MATCH (n:Paper) RETURN count(n) AS papers }
CALL () { MATCH (n:Topic) RETURN count(n) AS topics }
CALL () { MATCH (n:Repository) RETURN count(n) AS repositories }
CALL () { MATCH (n:Author) RETURN count(n) AS authors }
CALL () { MATCH (n:Cluster) RETURN count(n) AS clusters }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH ()-[r:IN_TOPIC]->() RETURN count(r) AS closure }
RETURN {papers: papers, topics: topics, repositories: repositories, authors: authors, clusters: clusters,
        edges: relationships - closure} AS stats
