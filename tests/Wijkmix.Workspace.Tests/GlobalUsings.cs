global using Wijkmix.Workspace.Model;
global using Wijkmix.Workspace.Tests.Resources;
global using Wijkmix.Workspace.Tests.Rules;
