package dk.samskab.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What makes an HTML report self-contained, checked on the parsed document: no element that loads or runs
 * anything, no attribute that points outside the file, no CSS that fetches, every in-page link resolving.
 */
public final class SelfContained {

    private static final Set<String> LOADING_ELEMENTS = Set.of(
            "script",
            "link",
            "img",
            "iframe",
            "frame",
            "object",
            "embed",
            "base",
            "form",
            "audio",
            "video",
            "source",
            "track",
            "picture",
            "image",
            "use",
            "foreignobject",
            "noscript",
            "template",
            "portal",
            "applet");
    private static final Set<String> REFERRING_ATTRIBUTES = Set.of(
            "src",
            "srcset",
            "action",
            "formaction",
            "poster",
            "background",
            "data",
            "codebase",
            "cite",
            "longdesc",
            "manifest",
            "ping",
            "xlink:href",
            "profile",
            "usemap",
            "icon",
            "archive",
            "classid");

    private SelfContained() {}

    /** Every way the document reaches outside itself or could run code; empty when it is self-contained. */
    public static List<String> problems(Document html) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Element element : html.getAllElements()) {
            String tag = element.normalName();
            if (LOADING_ELEMENTS.contains(tag)) {
                problems.add("a <" + tag + "> element: " + element.outerHtml());
            }
            if (!element.id().isEmpty() && !ids.add(element.id())) {
                problems.add("the id " + element.id() + " is used twice");
            }
            if (tag.equals("meta") && element.attr("http-equiv").equalsIgnoreCase("refresh")) {
                problems.add("a meta refresh");
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                String value = attribute.getValue();
                if (name.startsWith("on")) {
                    problems.add("an event handler " + name + " on <" + tag + ">");
                }
                if (REFERRING_ATTRIBUTES.contains(name)) {
                    problems.add("the attribute " + name + "=\"" + value + "\" on <" + tag + ">");
                }
                if (name.equals("href") && !value.startsWith("#")) {
                    problems.add("a link out of the file: " + value);
                }
                if (name.equals("style") && fetches(value)) {
                    problems.add("an inline style that fetches: " + value);
                }
            }
        }
        for (Element style : html.select("style")) {
            if (fetches(style.data())) {
                problems.add("a style sheet that fetches (url( or @import)");
            }
        }
        for (Element link : html.select("[href]")) {
            String target = link.attr("href");
            if (target.startsWith("#") && target.length() > 1 && html.getElementById(target.substring(1)) == null) {
                problems.add("a link to a missing section: " + target);
            }
        }
        Element csp = html.selectFirst("meta[http-equiv=Content-Security-Policy]");
        if (csp == null || !csp.attr("content").contains("default-src 'none'")) {
            problems.add("no Content-Security-Policy that forbids loading anything");
        }
        return problems;
    }

    private static boolean fetches(String css) {
        String lower = css.toLowerCase(Locale.ROOT);
        return lower.contains("url(") || lower.contains("@import") || lower.contains("image-set(");
    }
}
