/**
 * Reading case and scenario files into the fact model: YAML or JSON parsed into positioned nodes, read strictly, with every error placed at {@code file:line:column} (through {@link dk.samskab.text}) and limits that
 * keep a hostile file from costing more than a small one.
 */
package dk.samskab.loading;
