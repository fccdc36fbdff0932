/**
 * The rule files as samskab reads them: loading a folder ({@code rules/} by default) and compiling it with Drools;
 * what each rule says about itself ({@link dk.samskab.rules.RuleInfo}, {@link dk.samskab.rules.RuleIntrospection});
 * the rules as written ({@link dk.samskab.rules.RuleAnalysis}); and the checks of {@code validate} (metadata, codes,
 * phases). A problem in a rule file becomes a {@link dk.samskab.rules.RuleProblem} placed at {@code file:line:column}.
 */
package dk.samskab.rules;
