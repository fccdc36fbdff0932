/**
 * {@code samskab serve}: the interview as a small local web server on the JDK's own HTTP server. It keeps nothing
 * between requests (the interview lives in the page's address), accepts no rules, bounds what a request may cost
 * and answers every bad request with a page in the user's language, then keeps serving.
 */
package dk.samskab.serve;
