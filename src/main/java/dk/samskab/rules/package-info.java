/**
 * Loading the rule files of a folder ({@code rules/} by default) and compiling them with Drools; a problem in a
 * rule file becomes a {@link dk.samskab.rules.RuleProblem} placed at {@code file:line:column}.
 */
package dk.samskab.rules;
