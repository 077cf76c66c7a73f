using Publisher.Generator.Helpers;

namespace Publisher.Generator.Model;

internal sealed record FootnoteSpec(int Number, EquatableArray<InlineSpec> Inlines, int Line);
