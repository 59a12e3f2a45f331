using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace CpdTwitter.Web.Security;

/// <summary>
/// A page in the News Affairs folder that ISD may open too (directive V.C, V.D: both oversee the transmissions): the
/// folder's News Affairs policy is replaced by <see cref="Policies.Oversight"/> for that page alone. Registered after the
/// folder's convention, so it sees (and removes) the folder's requirement.
/// </summary>
public static class OversightPages
{
    public static PageConventionCollection OpenToOversight(this PageConventionCollection conventions, string pageName)
    {
        ArgumentNullException.ThrowIfNull(conventions);
        conventions.AddPageApplicationModelConvention(pageName, model =>
        {
            var folder = model.EndpointMetadata.OfType<AuthorizeAttribute>().Where(a => a.Policy == Policies.NewsAffairs).ToList();
            if (folder.Count == 0)
            {
                throw new InvalidOperationException($"{pageName} is not under the News Affairs folder's policy; register it after AuthorizeFolder.");
            }

            foreach (var requirement in folder)
            {
                model.EndpointMetadata.Remove(requirement);
            }

            model.EndpointMetadata.Add(new AuthorizeAttribute(Policies.Oversight));
        });
        return conventions;
    }
}
