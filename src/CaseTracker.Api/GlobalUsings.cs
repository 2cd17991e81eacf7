// The namespaces every endpoint slice uses, once, so each slice file holds only its own feature.
global using System.ComponentModel.DataAnnotations;
global using CaseTracker.Api.Http;
global using CaseTracker.Api.Security;
global using Microsoft.AspNetCore.Mvc;
global using Wolverine.Http;
