// The explorer's only way to the data: the public GraphQL API at /graphql.

const ENDPOINT = '/graphql';
const TIMEOUT_MS = 20000;

/** A failed request, with a message fit to show. */
export class ApiError extends Error {
  constructor(message, { classification = null, network = false } = {}) {
    super(message);
    this.name = 'ApiError';
    this.classification = classification;
    this.network = network;
  }
}

let pending = 0;
const listeners = new Set();

function changed() {
  for (const listener of listeners) listener(pending);
}

/** Calls back with the number of requests in flight whenever it changes. */
export function onActivity(listener) {
  listeners.add(listener);
}

/** How many requests are in flight. */
export function inFlight() {
  return pending;
}

/**
 * Runs one GraphQL operation and answers its `data`; any error becomes an ApiError.
 * An aborted request rejects with the AbortError of the signal, which callers ignore.
 */
export async function gql(query, variables = {}, signal = undefined) {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), TIMEOUT_MS);
  const onAbort = () => timeout.abort();
  signal?.addEventListener('abort', onAbort, { once: true });
  pending++;
  changed();
  try {
    let response;
    try {
      response = await fetch(ENDPOINT, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
        signal: timeout.signal,
      });
    } catch (error) {
      if (signal?.aborted) throw new DOMException('Aborted', 'AbortError');
      if (timeout.signal.aborted) throw new ApiError('The server took too long to answer. Try again.', { network: true });
      throw new ApiError('Cannot reach the papergraph server. Check that it is running and try again.', { network: true });
    }
    let body = null;
    try {
      body = await response.json();
    } catch (error) {
      if (signal?.aborted) throw new DOMException('Aborted', 'AbortError');
    }
    if (body?.errors?.length) {
      const first = body.errors[0];
      throw new ApiError(first.message || 'The server could not answer this request.',
        { classification: first.extensions?.classification ?? null });
    }
    if (!response.ok || !body || !body.data) {
      throw new ApiError(`The server answered ${response.status} ${response.statusText}`.trim() + '.');
    }
    return body.data;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
    pending--;
    changed();
  }
}

/** Whether an error only says that a newer navigation cancelled the request. */
export function isAbort(error) {
  return error?.name === 'AbortError';
}

const GRAPH_FIELDS = 'nodes { id ref kind label weight } edges { source target relation weight } truncated';

export const queries = {
  stats: `query Stats { stats { papers topics repositories authors clusters edges } }`,

  search: `query Search($q: String!, $first: Int) {
    search(query: $q, first: $first) {
      score
      paper { id arxivId title publishedAt upvotes topics { topic { slug name } } repositories { stars } }
    }
  }`,

  findPapers: `query FindPapers($q: String!) { search(query: $q, first: 8) { paper { id title } } }`,

  paper: `query PaperDetail($id: ID!) {
    paper(id: $id) {
      id arxivId title abstract publishedAt upvotes comments aiSummary url projectPage organization
      authors { name }
      keywords
      topics { score evidence topic { slug name } }
      repositories { url owner name stars }
    }
  }`,

  paperCluster: `query PaperCluster($id: ID!) { paper(id: $id) { id cluster { id label size } } }`,

  related: `query RelatedPapers($id: ID!) {
    paper(id: $id) {
      id
      related(first: 8) { score paper { id title } reasons { kind detail weight } }
    }
  }`,

  topics: `query Topics { topics { slug name paperCount level parent { slug } } }`,

  topic: `query TopicDetail($slug: String!) {
    topic(slug: $slug) {
      id slug name description level paperCount
      parent { slug name }
      children { slug name paperCount }
      papers(first: 20, orderBy: UPVOTES_DESC) {
        totalCount
        edges { node { id title publishedAt } }
        pageInfo { hasNextPage endCursor }
      }
      relatedTopics(first: 6) { weight sharedPapers topic { slug name } }
      repositories(first: 8) { url owner name stars }
    }
  }`,

  topicPapers: `query TopicPapers($slug: String!, $after: String) {
    topic(slug: $slug) {
      papers(first: 20, after: $after, orderBy: UPVOTES_DESC) {
        edges { node { id title publishedAt } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }`,

  trend: `query TopicTrend($slug: String!, $interval: Interval!) {
    topic(slug: $slug) { slug paperCount trend(interval: $interval) { period count } }
  }`,

  clusters: `query Clusters {
    clusters(first: 60) { id label size keyTerms neighbours(first: 8) { weight cluster { id } } }
  }`,

  cluster: `query ClusterDetail($id: ID!) {
    cluster(id: $id) {
      id label size keyTerms quality
      topics { slug name }
      neighbours(first: 6) { weight cluster { id label size } }
    }
  }`,

  clusterPapers: `query ClusterPapers($id: ID!) {
    cluster(id: $id) { id papers(first: 50) { totalCount edges { node { id title } } } }
  }`,

  subgraph: `query Neighbourhood($seeds: [ID!]!, $depth: Int, $limit: Int) {
    subgraph(seeds: $seeds, depth: $depth, limit: $limit) { ${GRAPH_FIELDS} }
  }`,

  path: `query PathBetween($from: ID!, $to: ID!, $maxHops: Int) {
    path(from: $from, to: $to, maxHops: $maxHops) {
      length
      hops { from { id ref kind label weight } relation to { id ref kind label weight } }
    }
  }`,

  paperTitle: `query PaperTitle($id: ID!) { paper(id: $id) { id title } }`,
};
