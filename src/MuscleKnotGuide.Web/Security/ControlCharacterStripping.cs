using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace MuscleKnotGuide.Web.Security;

/// <summary>
/// Every text bound from a form, a query string or a route (notes, goals, names, emails, the print link) loses its
/// control characters (<see cref="ControlCharacters"/>) before validation sees it, so every form treats them alike:
/// nothing to refuse, and a form shown again shows the cleaned text.
/// </summary>
public sealed class ControlCharacterStripping : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context)
    {
        var source = context.BindingInfo.BindingSource;
        var fromRequestValues = source is null || source.CanAcceptDataFrom(BindingSource.Form)
            || source.CanAcceptDataFrom(BindingSource.Query) || source.CanAcceptDataFrom(BindingSource.Path);
        if (context.Metadata.ModelType != typeof(string) || context.BindingInfo.BinderType is not null || !fromRequestValues)
        {
            return null;
        }

        var loggerFactory = context.Services.GetRequiredService<ILoggerFactory>();
        return new Binder(new SimpleTypeModelBinder(typeof(string), loggerFactory));
    }

    private sealed class Binder(IModelBinder plain) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            await plain.BindModelAsync(bindingContext);
            if (bindingContext.Result is { IsModelSet: true, Model: string text } && ControlCharacters.Any(text))
            {
                var clean = ControlCharacters.Strip(text);
                bindingContext.Result = ModelBindingResult.Success(clean);
                bindingContext.ModelState.SetModelValue(bindingContext.ModelName, clean, clean);
            }
        }
    }
}
