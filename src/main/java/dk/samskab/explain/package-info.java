/**
 * Explanations a person can check: for each conclusion, the facts and rules it rests on and the article's section;
 * how each axis was settled; why the other types do not apply; and, from {@link dk.samskab.whatif}, what would change
 * the result. Nothing here decides a type, a role or a warning: that is the rules' work.
 */
package dk.samskab.explain;
