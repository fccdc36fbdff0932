/**
 * {@code samskab serve}: the interview and the decision API on an embedded Jetty 12 ({@link
 * dk.samskab.serve.SamskabServer}), HTTP only: the pages themselves are built in {@code interview}, the reports in
 * {@code report}. The server keeps nothing between requests (the interview lives in the page's address), accepts
 * no rules over the network, serves one immutable rule set at a time ({@link dk.samskab.serve.LiveRules}, replaced
 * whole when the rule files change and validate), bounds what a request and a connection may cost, and answers
 * every bad request with a page in the user's language, then keeps serving.
 */
package dk.samskab.serve;
