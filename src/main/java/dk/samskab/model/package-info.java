/**
 * The fact model: what a case can say ({@link dk.samskab.model.Case}, {@link dk.samskab.model.Actor}) and what
 * the rules conclude from it ({@link dk.samskab.model.Evidence}, {@link dk.samskab.model.Classification}, …).
 * Plain Java types that DRL patterns read by property name; the codes are the contract's codes.
 */
package dk.samskab.model;
