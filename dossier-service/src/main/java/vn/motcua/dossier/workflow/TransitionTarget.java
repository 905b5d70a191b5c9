package vn.motcua.dossier.workflow;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.motcua.dossier.core.DossierView;
import vn.motcua.problem.IfMatch;

/** What every transition names: the dossier, and the version of it the officer acted on. */
public class TransitionTarget {

    @PathParam("id")
    @Parameter(description = WorkflowResource.ID_DOC, example = DossierView.EXAMPLE_ID)
    public UUID id;

    @HeaderParam("If-Match")
    @Parameter(description = IfMatch.DESCRIPTION, schema = @Schema(type = SchemaType.STRING))
    public String ifMatch;
}
