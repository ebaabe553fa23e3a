// Starts GraphiQL on this page: every request goes to this origin's /graphql, with the headers of the Headers tab.
'use strict';

const DEFAULT_QUERY = `# papergraph's GraphQL API. Press Ctrl-Enter to run a query.
#
# Queries need no key. Mutations need the API key: open "Headers" below and add
# {"Authorization": "Bearer KEY"}
{
  stats {
    papers
    topics
    repositories
    authors
  }
}
`;

ReactDOM.createRoot(document.getElementById('graphiql')).render(
  React.createElement(GraphiQL, {
    fetcher: GraphiQL.createFetcher({ url: '/graphql' }),
    defaultQuery: DEFAULT_QUERY,
    isHeadersEditorEnabled: true,
  }),
);
