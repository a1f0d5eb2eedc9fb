using System.Reflection;
using System.Runtime.CompilerServices;

namespace Wijkmix.Design.Tests;

/// <summary>
/// An assembly's public surface as sorted text: each public or protected type, then its public or protected
/// members with signatures, one per line and each line naming its type, so a difference reads line by line.
/// Nullable annotations of reference types are not written.
/// </summary>
internal static class PublicApiWriter
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance
        | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static List<string> Lines(Assembly assembly) =>
        [.. assembly.GetExportedTypes().OrderBy(Name, StringComparer.Ordinal).SelectMany(TypeLines)];

    private static IEnumerable<string> TypeLines(Type type)
    {
        yield return $"{Kind(type)} {Name(type)}{Bases(type)}";
        var members = type.GetMembers(Declared).Where(IsVisible).Select(m => $"  {Name(type)}::{Member(m)}")
            .Where(l => !l.EndsWith("::", StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal);
        foreach (var line in members)
        {
            yield return line;
        }
    }

    private static string Kind(Type t) =>
        t.IsInterface ? "public interface"
        : t.IsEnum ? "public enum"
        : t.IsValueType ? (IsReadOnly(t) ? "public readonly struct" : "public struct")
        : t.IsSubclassOf(typeof(Delegate)) ? "public delegate"
        : t.IsAbstract && t.IsSealed ? "public static class"
        : t.IsAbstract ? "public abstract class"
        : t.IsSealed ? "public sealed class"
        : "public class";

    private static bool IsReadOnly(Type t) => t.IsDefined(typeof(IsReadOnlyAttribute), false);

    private static string Bases(Type t)
    {
        var bases = new List<string>();
        if (t.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum) && !t.IsSubclassOf(typeof(Delegate)))
        {
            bases.Add(Name(b));
        }
        bases.AddRange(t.GetInterfaces().Where(i => i.IsPublic || i.IsNestedPublic).Select(Name).Order(StringComparer.Ordinal));
        return bases.Count == 0 ? "" : " : " + string.Join(", ", bases);
    }

    // Compiler-made members such as a record's <Clone>$ cannot be called from C#.
    private static bool IsVisible(MemberInfo m) => !m.Name.StartsWith('<') && m switch
    {
        MethodBase b => (b.IsPublic || b.IsFamily || b.IsFamilyOrAssembly) && !(b.IsSpecialName && b is not ConstructorInfo && !b.Name.StartsWith("op_", StringComparison.Ordinal)),
        FieldInfo f => (f.IsPublic || f.IsFamily || f.IsFamilyOrAssembly) && !f.IsSpecialName,
        PropertyInfo p => p.GetAccessors(true).Any(a => a.IsPublic || a.IsFamily || a.IsFamilyOrAssembly),
        EventInfo e => e.AddMethod is { } add && (add.IsPublic || add.IsFamily),
        _ => false, // nested types are listed as types of their own
    };

    private static string Member(MemberInfo m) => m switch
    {
        ConstructorInfo c => $"{Access(c)}{(c.IsStatic ? "static " : "")}.ctor({Parameters(c)})",
        MethodInfo x => $"{Access(x)}{Modifiers(x)}{Name(x.ReturnType)} {x.Name}{GenericArguments(x)}({Parameters(x)})",
        PropertyInfo p => $"{Access(p.GetAccessors(true).First())}{Modifiers(p.GetAccessors(true).First())}{Name(p.PropertyType)} {PropertyName(p)} {{ {Accessors(p)}}}",
        FieldInfo f => $"{Access(f)}{(f.IsLiteral ? "const " : f.IsStatic ? "static " : "")}{(f.IsInitOnly ? "readonly " : "")}{Name(f.FieldType)} {f.Name}{(f.IsLiteral ? " = " + f.GetRawConstantValue() : "")}",
        EventInfo e => $"public event {Name(e.EventHandlerType!)} {e.Name}",
        _ => "",
    };

    private static string Access(MethodBase b) => b.IsPublic ? "public " : "protected ";

    private static string Access(FieldInfo f) => f.IsPublic ? "public " : "protected ";

    private static string Modifiers(MethodInfo m) =>
        m.IsStatic ? "static "
        : m.IsAbstract && !m.DeclaringType!.IsInterface ? "abstract "
        : m.IsVirtual && !m.IsFinal && !m.DeclaringType!.IsInterface ? (m.GetBaseDefinition() != m ? "override " : "virtual ")
        : "";

    private static string PropertyName(PropertyInfo p) =>
        p.GetIndexParameters() is { Length: > 0 } index ? $"this[{string.Join(", ", index.Select(Parameter))}]" : p.Name;

    private static string Accessors(PropertyInfo p)
    {
        var set = p.SetMethod is { } s && (s.IsPublic || s.IsFamily)
            ? (s.ReturnParameter.GetRequiredCustomModifiers().Any(m => m == typeof(IsExternalInit)) ? "init; " : "set; ")
            : "";
        return (p.GetMethod is { } g && (g.IsPublic || g.IsFamily) ? "get; " : "") + set;
    }

    private static string GenericArguments(MethodInfo m) =>
        m.IsGenericMethodDefinition ? "<" + string.Join(", ", m.GetGenericArguments().Select(a => a.Name)) + ">" : "";

    private static string Parameters(MethodBase m) => string.Join(", ", m.GetParameters().Select(Parameter));

    private static string Parameter(ParameterInfo p)
    {
        var prefix = p.ParameterType.IsByRef ? (p.IsOut ? "out " : p.IsIn ? "in " : "ref ") : "";
        prefix = p.IsDefined(typeof(ParamArrayAttribute)) ? "params " : prefix;
        var value = p.HasDefaultValue ? " = " + (p.DefaultValue is null ? "null" : p.DefaultValue is string s ? $"\"{s}\"" : Convert.ToString(p.DefaultValue, System.Globalization.CultureInfo.InvariantCulture)) : "";
        return $"{prefix}{Name(p.ParameterType)} {p.Name}{value}";
    }

    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "void", [typeof(bool)] = "bool", [typeof(byte)] = "byte", [typeof(char)] = "char",
        [typeof(short)] = "short", [typeof(int)] = "int", [typeof(long)] = "long", [typeof(float)] = "float",
        [typeof(double)] = "double", [typeof(decimal)] = "decimal", [typeof(string)] = "string", [typeof(object)] = "object",
        [typeof(uint)] = "uint", [typeof(ulong)] = "ulong", [typeof(ushort)] = "ushort", [typeof(sbyte)] = "sbyte",
    };

    /// <summary>A type as C# writes it: keywords, T?, T[], Outer.Inner, Generic&lt;A, B&gt;, full namespaces.</summary>
    private static string Name(Type t)
    {
        if (t.IsByRef || t.IsPointer)
        {
            return Name(t.GetElementType()!);
        }
        if (t.IsArray)
        {
            return Name(t.GetElementType()!) + "[" + new string(',', t.GetArrayRank() - 1) + "]";
        }
        if (Keywords.TryGetValue(t, out var keyword))
        {
            return keyword;
        }
        if (Nullable.GetUnderlyingType(t) is { } inner)
        {
            return Name(inner) + "?";
        }
        if (t.IsGenericParameter)
        {
            return t.Name;
        }
        var name = t.Name.Split('`')[0];
        var outer = t.IsNested ? Name(t.DeclaringType!) + "." : (t.Namespace is null ? "" : t.Namespace + ".");
        var args = t.IsGenericType ? t.GetGenericArguments().Skip(t.IsNested ? t.DeclaringType!.GetGenericArguments().Length : 0).ToArray() : [];
        return outer + name + (args.Length > 0 ? "<" + string.Join(", ", args.Select(Name)) + ">" : "");
    }
}
