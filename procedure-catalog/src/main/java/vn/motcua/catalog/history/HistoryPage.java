package vn.motcua.catalog.history;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.catalog.common.PageSchema;

/** For the OpenAPI document only: a page of a record's history. */
@Schema(name = "HistoryPage")
public abstract class HistoryPage extends PageSchema {
    public List<ChangeView> items;
}
