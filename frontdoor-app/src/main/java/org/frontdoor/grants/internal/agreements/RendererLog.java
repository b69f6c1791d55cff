package org.frontdoor.grants.internal.agreements;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.slf4j.LoggerFactory;

/**
 * The PDF renderer's log, sent to the application's logging at warning level and above only.
 *
 * <p>openhtmltopdf logs every stage of every document at INFO ("Loading font", "Prepare to fly")
 * to its own console handler; at a few agreements a minute that drowns the log. Its warnings (a
 * missing glyph, a refused resource) are worth keeping, so they go to SLF4J under the renderer's
 * logger names, where the deployment's logging configuration applies.
 */
final class RendererLog implements XRLogger {

    @Override
    public void log(String where, Level level, String message) {
        log(where, level, message, null);
    }

    @Override
    public void log(String where, Level level, String message, Throwable error) {
        if (level.intValue() < Level.WARNING.intValue()) {
            return;
        }
        var logger = LoggerFactory.getLogger(where);
        if (level.intValue() >= Level.SEVERE.intValue()) {
            logger.error(message, error);
        } else {
            logger.warn(message, error);
        }
    }

    @Override
    public void setLevel(String logger, Level level) {
        // Levels are the application's logging configuration's business.
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return diagnostic.getLevel().intValue() >= Level.WARNING.intValue();
    }
}
