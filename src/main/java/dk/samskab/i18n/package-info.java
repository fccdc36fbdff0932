/**
 * Everything a user reads, in English and Danish: {@link dk.samskab.i18n.Lang}, the message bundles and
 * {@link dk.samskab.i18n.Message}, a text that is rendered only when its language is known.
 */
package dk.samskab.i18n;
