/**
 * Running the rules: a {@link dk.samskab.engine.RuleBase} built once per process, an
 * {@link dk.samskab.engine.Engine} that fires it on one case in one of the sessions it keeps and resets
 * between cases (its {@link dk.samskab.engine.Recorder} notes every conclusion as it is drawn), and the
 * {@link dk.samskab.engine.Outcome}: every conclusion with the rule that drew it.
 */
package dk.samskab.engine;
