package net.ocigateway.igc.ocip;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import net.ocigateway.igc.ocip.command.ErrorResponse;
import net.ocigateway.igc.ocip.command.OciResponse;

/**
 * Recognises an answer saying BroadWorks no longer knows the session: by its code, or by the wording of its
 * summary, since releases word it differently and do not publish the code.
 */
final class SessionLostAnswers {

    private final Set<Integer> codes;
    private final List<Pattern> patterns;

    SessionLostAnswers(BroadWorksProperties properties) {
        this.codes = properties.sessionLostCodes();
        this.patterns = properties.sessionLostPatterns().stream().map(Pattern::compile).toList();
    }

    boolean sessionLost(List<OciResponse> answers) {
        return answers.stream().anyMatch(answer -> answer instanceof ErrorResponse error && sessionLost(error));
    }

    private boolean sessionLost(ErrorResponse error) {
        if (error.code() != null && codes.contains(error.code())) {
            return true;
        }
        return patterns.stream().anyMatch(pattern -> matches(pattern, error.summary())
                || matches(pattern, error.summaryEnglish()));
    }

    private static boolean matches(Pattern pattern, String text) {
        return text != null && pattern.matcher(text).find();
    }
}
