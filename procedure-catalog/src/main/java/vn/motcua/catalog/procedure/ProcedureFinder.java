package vn.motcua.catalog.procedure;

import vn.motcua.catalog.common.Page;

/**
 * Finds procedures for the resources of this feature and of units; implemented by the search index
 * ({@code search.ProcedureSearch}), which is built on procedures and units, so the resources do not depend on it.
 */
public interface ProcedureFinder {

    /** A public search; an unknown {@code field} or {@code unit} filter is a 400 naming it. */
    Page<ProcedureView> search(SearchCriteria criteria);

    /**
     * What a unit offers: procedures implemented at its level (an agency: the level of the unit above it),
     * effective at the date; nothing on a date the unit did not exist. 404 when the unit is unknown.
     */
    Page<ProcedureView> offeredBy(String unitCode, SearchCriteria criteria);
}
