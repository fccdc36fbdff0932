package dk.samskab.explain;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** What a report needs to be reproduced: the samskab and Drools versions and hashes of the rules and the case. */
public record Stamp(String samskabVersion, String droolsVersion, String rulesSha256, String caseSha256) {

    private static final Properties VERSIONS = load();

    public static Stamp of(String rulesSha256, String caseSha256) {
        return new Stamp(currentVersion(), currentDroolsVersion(), rulesSha256, caseSha256);
    }

    /** This build's version, e.g. {@code 0.1.0}. */
    public static String currentVersion() {
        return VERSIONS.getProperty("version", "dev");
    }

    /** When this build was made: compiled rules cached by another build are never reused. */
    public static String currentBuild() {
        return VERSIONS.getProperty("build", "dev");
    }

    public static String currentDroolsVersion() {
        return VERSIONS.getProperty("drools", "?");
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Stamp.class.getResourceAsStream("/dk/samskab/version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // a missing version file shows as "dev"; nothing else depends on it
        }
        return properties;
    }
}
