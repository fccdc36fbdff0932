/**
 * What-if: the rules asked again about altered cases. Which open questions could still change the result
 * ({@link dk.samskab.whatif.Relevance}), what one changed fact would flip the type
 * ({@link dk.samskab.whatif.Counterfactuals}), what an answer would do ({@link dk.samskab.whatif.Effects}) and which
 * types the open answers could still give ({@link dk.samskab.whatif.TypeReach}), each trial classified once
 * ({@link dk.samskab.whatif.Trial}). The explanation and the interview build on these; nothing here decides a type
 * itself.
 */
package dk.samskab.whatif;
