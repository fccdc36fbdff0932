package dk.samskab.rules;

import dk.samskab.i18n.Lang;
import dk.samskab.model.Fact;
import dk.samskab.text.Position;
import java.nio.file.Path;
import java.util.List;

/**
 * What a rule says about itself: its metadata ({@code @description_en}, {@code @description_da},
 * {@code @section}, and for a criterion {@code @strength}), its phase (the agenda group it runs in), where it is
 * written ({@code file} relative to the rules folder), and which facts of the case its conditions read.
 */
public record RuleInfo(
        String name,
        Path file,
        Position at,
        String descriptionEn,
        String descriptionDa,
        String section,
        String strength,
        String phase,
        List<Fact> factsRead) {

    /** Where the rule is written, relative to its rules folder, e.g. {@code predictability.drl:14}. */
    public String location() {
        return file.toString().replace('\\', '/') + ":" + at.line();
    }

    public String description(Lang lang) {
        String text = lang == Lang.DA ? descriptionDa : descriptionEn;
        return text != null ? text : (descriptionEn != null ? descriptionEn : name);
    }
}
