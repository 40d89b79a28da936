package io.newsdesk.change;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChangePage", description = "Changes in commit order, and where to continue.")
public record ChangePage(
        @Schema(required = true) List<ChangeView> items,
        @Schema(required = true, description = "The cursor to send as `after` next time: just past the last entry "
                + "shown, or the current end of the log when nothing more waits. Never null: save it and poll with it.")
        String next,
        @Schema(required = true, description = "Whether more entries are waiting already; ask again at once.")
        boolean more) {
}
