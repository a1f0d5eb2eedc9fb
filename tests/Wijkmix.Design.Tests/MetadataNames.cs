using System.Reflection.Metadata;

namespace Wijkmix.Design.Tests;

/// <summary>Names of type references in an assembly's metadata (IL level: what the code really touches).</summary>
internal static class MetadataNames
{
    /// <summary>Namespace and name of a type reference, with the namespace of its outermost type for nested ones.</summary>
    public static (string Namespace, string Name) Of(MetadataReader reader, TypeReferenceHandle handle)
    {
        var type = reader.GetTypeReference(handle);
        var name = reader.GetString(type.Name);
        if (type.ResolutionScope.Kind == HandleKind.TypeReference)
        {
            var outer = Of(reader, (TypeReferenceHandle)type.ResolutionScope);
            return (outer.Namespace, outer.Name + "." + name);
        }
        return (reader.GetString(type.Namespace), name);
    }

    /// <summary>The assembly a type reference points into (null when it is defined in this assembly).</summary>
    public static string? AssemblyOf(MetadataReader reader, TypeReferenceHandle handle)
    {
        var scope = reader.GetTypeReference(handle).ResolutionScope;
        while (scope.Kind == HandleKind.TypeReference)
        {
            scope = reader.GetTypeReference((TypeReferenceHandle)scope).ResolutionScope;
        }
        return scope.Kind == HandleKind.AssemblyReference
            ? reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)scope).Name)
            : null;
    }

    /// <summary>The type reference a member reference belongs to, through generic instantiations.</summary>
    public static TypeReferenceHandle? ParentType(MetadataReader reader, MemberReference member)
    {
        var parent = member.Parent;
        if (parent.Kind == HandleKind.TypeSpecification)
        {
            var blob = reader.GetBlobReader(reader.GetTypeSpecification((TypeSpecificationHandle)parent).Signature);
            // A generic instantiation: GENERICINST (0x15), CLASS/VALUETYPE, then the generic type's handle.
            if (blob.ReadByte() != 0x15)
            {
                return null;
            }
            blob.ReadByte();
            parent = blob.ReadTypeHandle();
        }
        return parent.Kind == HandleKind.TypeReference ? (TypeReferenceHandle)parent : null;
    }
}
