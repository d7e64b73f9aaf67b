// Starts GraphiQL (the UMD build from the graphiql WebJar; React and ReactDOM are globals from
// their WebJars) against this server's GraphQL endpoint. A separate file, not an inline script, so
// that the page keeps the Content-Security-Policy script-src 'self'.
'use strict';

(function startGraphiql() {
  const DEFAULT_QUERY = `# 政企图谱 ZhengQi Graph · GraphQL API at /graphql
# Run: Ctrl-Enter or ▶. Docs: the book icon, top left.
#
# The ingestArticle mutation needs an API key:
# open Headers below and enter
#   {"Authorization": "Bearer <key>"}
# (headers are not saved in the browser).

{
  search(text: "李富生") {
    totalCount
    nodes { __typename id name }
  }
}
`;

  // Plain JSON over POST: the server sends no incremental (multipart) responses.
  const fetcher = GraphiQL.createFetcher({
    url: new URL('/graphql', window.location.href).href,
    enableIncrementalDelivery: false,
  });

  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultQuery: DEFAULT_QUERY,
      isHeadersEditorEnabled: true,
      shouldPersistHeaders: false,
      defaultEditorToolsVisibility: 'headers',
    }),
  );
})();
